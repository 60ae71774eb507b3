#!/usr/bin/env python3
"""JAX jit timings of the layers `sitegen-bench engine` measures on the engine, same shapes.

Prints `name seconds` per line (best of the repeats, forward and backward together, after
compilation), float64 and one CPU thread like the engine. Exits 3 when JAX is missing.
Usage: python3 Scripts/bench/jax_layers.py
"""
import os
import sys
import time

os.environ.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1")
try:
    import jax
except ImportError:
    sys.exit(3)
jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp
import numpy as np

rng = np.random.default_rng(7)


def best(f, args, repeats):
    jax.block_until_ready(f(*args))
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        jax.block_until_ready(f(*args))
        times.append(time.perf_counter() - start)
    return min(times)


def lstm_step(x, w, u, b, h, c):
    n = u.shape[1]
    pre = x @ w.T + h @ u.T + b
    i, f = jax.nn.sigmoid(pre[:, :n]), jax.nn.sigmoid(pre[:, n:2 * n])
    g, o = jnp.tanh(pre[:, 2 * n:3 * n]), jax.nn.sigmoid(pre[:, 3 * n:])
    c = f * c + i * g
    return jnp.sum(o * jnp.tanh(c))


def attention_block(x, wq, wk, wv, wo, heads):
    n, d = x.shape
    q, k, v = x @ wq.T, x @ wk.T, x @ wv.T
    size = d // heads
    allowed = jnp.tril(jnp.ones((n, n), dtype=bool))
    outs = []
    for h in range(heads):
        cols = slice(h * size, (h + 1) * size)
        scores = q[:, cols] @ k[:, cols].T / jnp.sqrt(size)
        outs.append(jax.nn.softmax(jnp.where(allowed, scores, -jnp.inf), axis=-1) @ v[:, cols])
    return jnp.sum(jnp.concatenate(outs, axis=1) @ wo.T)


def main():
    batch, d, h = 32, 128, 256
    args = [rng.uniform(-1, 1, s) for s in [(batch, d), (4 * h, d), (4 * h, h), (4 * h,), (batch, h), (batch, h)]]
    step = jax.jit(jax.grad(lstm_step, argnums=tuple(range(6))))
    print(f"lstm {best(step, args, 50)}")
    n, width, heads = 64, 256, 8
    args = [rng.uniform(-1, 1, (n, width))] + [rng.uniform(-1, 1, (width, width)) / 16 for _ in range(4)]
    block = jax.jit(jax.grad(lambda *a: attention_block(*a, heads), argnums=tuple(range(5))))
    print(f"mha {best(block, args, 50)}")


main()
