#!/usr/bin/env python3
"""Writes the JAX reference fixtures for the DeepLearning engine's tests.

Usage:  pip install jax  &&  python3 Scripts/jax_reference.py
Output: Tests/DeepLearningTests/Fixtures/*.json (committed; CI never runs JAX).

Every fixture spells out its inputs in full (shape + row-major data), so the Swift tests
rebuild exactly the same computation and compare forward values, gradients and Jacobians.
All arithmetic is float64 (jax_enable_x64). Inputs come from numpy's seeded generator.
"""
import json
import os

import jax
jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp
from jax import lax
import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "DeepLearningTests", "Fixtures")
rng = np.random.default_rng(20240611)


def t(x):
    x = np.asarray(x, dtype=np.float64)
    return {"shape": list(x.shape), "data": [float(v) for v in x.reshape(-1)]}


def u(shape, lo=-1.0, hi=1.0):
    return rng.uniform(lo, hi, size=shape)


def write(name, payload):
    payload = {"generator": "Scripts/jax_reference.py", "jax": jax.__version__, **payload}
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(payload, f, indent=1)
        f.write("\n")
    print("wrote", name)


sigmoid = jax.nn.sigmoid


def case(name, fn, inputs):
    """Forward value of fn(*inputs) and gradients of sum(weights * fn) w.r.t. every input."""
    out = fn(*[jnp.asarray(x) for x in inputs])
    weights = u(np.shape(out))
    grads = jax.grad(lambda *xs: jnp.sum(jnp.asarray(weights) * fn(*xs)), argnums=tuple(range(len(inputs))))(
        *[jnp.asarray(x) for x in inputs])
    return {"name": name, "inputs": [t(x) for x in inputs], "weights": t(weights),
            "output": t(out), "grads": [t(g) for g in grads]}


def ops():
    a, b, pos = u((3, 4)), u((4,), 0.5, 2.0), u((3, 4), 0.5, 2.0)
    x3, y3 = u((2, 3, 4)), u((2, 2, 4))
    m1, m2 = u((3, 5)), u((5, 4))
    z = u((4, 5), -3, 3)
    labels = [0, 2, 1, 4]
    onehot = np.eye(5)[labels]
    probs = np.asarray(jax.nn.softmax(z, axis=-1))
    p, tgt = u((6,), 0.1, 0.9), u((6,), 0.0, 1.0)
    cases = [
        case("add", lambda a, b: a + b, [a, b]),
        case("sub", lambda a, b: a - b, [a, b]),
        case("mul", lambda a, b: a * b, [a, b]),
        case("div", lambda a, b: a / b, [a, b]),
        case("neg", lambda a: -a, [a]),
        case("pow2.5", lambda a: a ** 2.5, [pos]),
        case("exp", jnp.exp, [a]),
        case("log", jnp.log, [pos]),
        case("sqrt", jnp.sqrt, [pos]),
        case("sum_axis1", lambda x: jnp.sum(x, axis=1), [x3]),
        case("mean_axis0_2", lambda x: jnp.mean(x, axis=(0, 2)), [x3]),
        case("max_axis2", lambda x: jnp.max(x, axis=2), [x3]),
        case("transpose_201", lambda x: jnp.transpose(x, (2, 0, 1)), [x3]),
        case("reshape_6x4", lambda x: jnp.reshape(x, (6, 4)), [x3]),
        case("slice_axis1_1_3", lambda x: x[:, 1:3, :], [x3]),
        case("concat_axis1", lambda x, y: jnp.concatenate([x, y], axis=1), [x3, y3]),
        case("matmul", lambda p, q: p @ q, [m1, m2]),
        case("softmax", lambda v: jax.nn.softmax(v, axis=-1), [z]),
        case("log_softmax", lambda v: jax.nn.log_softmax(v, axis=-1), [z]),
        case("logistic", sigmoid, [z]),
        case("shifted_logistic", lambda v: sigmoid(v) - 0.5, [z]),
        case("scaled_shifted_logistic_2_0.7", lambda v: 2 * (sigmoid(0.7 * v) - 0.5), [z]),
        case("tanh", jnp.tanh, [z]),
        case("relu", jax.nn.relu, [z]),
        case("leaky_relu_0.1", lambda v: jnp.where(v > 0, v, 0.1 * v), [z]),
        case("cross_entropy_logits", lambda v: -jnp.mean(jnp.sum(jax.nn.log_softmax(v) * onehot, axis=1)), [z]),
        case("cross_entropy_probs", lambda q: -jnp.mean(jnp.sum(jnp.log(q) * onehot, axis=1)), [probs]),
        case("binary_cross_entropy", lambda q: -jnp.mean(tgt * jnp.log(q) + (1 - tgt) * jnp.log(1 - q)), [p]),
        case("mse", lambda q: jnp.mean((q - tgt) ** 2), [p]),
    ]
    write("ops.json", {"labels": labels, "targets": t(tgt), "cases": cases})


def conv(x, w, stride, padding, dilation):
    return lax.conv_general_dilated(x, w, (stride, stride), [(padding, padding)] * 2,
                                    rhs_dilation=(dilation, dilation),
                                    dimension_numbers=("NCHW", "OIHW", "NCHW"))


def max_pool(x, k, s, p):
    return lax.reduce_window(x, -jnp.inf, lax.max, (1, 1, k, k), (1, 1, s, s), [(0, 0), (0, 0), (p, p), (p, p)])


def avg_pool(x, k, s, p):
    return lax.reduce_window(x, 0.0, lax.add, (1, 1, k, k), (1, 1, s, s), [(0, 0), (0, 0), (p, p), (p, p)]) / (k * k)


def conv_pool():
    cases = []
    for stride, padding, dilation in [(1, 0, 1), (2, 1, 1), (1, 2, 2), (2, 1, 2)]:
        x, w = u((2, 3, 9, 8)), u((4, 3, 3, 3))
        c = case("conv2d", lambda x, w: conv(x, w, stride, padding, dilation), [x, w])
        c.update(stride=stride, padding=padding, dilation=dilation)
        cases.append(c)
    for kind, fn in [("max_pool", max_pool), ("avg_pool", avg_pool)]:
        for k, s, p in [(2, 2, 0), (3, 2, 1), (3, 1, 0)]:
            x = u((2, 2, 7, 7))
            c = case(kind, lambda x: fn(x, k, s, p), [x])
            c.update(kernel=k, stride=s, padding=p)
            cases.append(c)
    write("conv_pool.json", {"cases": cases})


def network():
    """conv 1→3 3×3 pad 1 → ReLU → max-pool 2 → flatten → dense 48→5 → softmax cross-entropy."""
    x, w1, b1, w2, b2 = u((2, 1, 8, 8)), u((3, 1, 3, 3)), u((3,)), u((5, 48), -0.3, 0.3), u((5,))
    labels = [3, 1]
    onehot = np.eye(5)[labels]

    def logits(x, w1, b1, w2, b2):
        h = jax.nn.relu(conv(x, w1, 1, 1, 1) + b1.reshape(1, 3, 1, 1))
        h = max_pool(h, 2, 2, 0).reshape(2, -1)
        return h @ w2.T + b2

    def loss(*args):
        return -jnp.mean(jnp.sum(jax.nn.log_softmax(logits(*args)) * onehot, axis=1))

    args = [jnp.asarray(v) for v in (x, w1, b1, w2, b2)]
    grads = jax.grad(loss, argnums=(0, 1, 2, 3, 4))(*args)
    write("network.json", {"input": t(x), "conv_weight": t(w1), "conv_bias": t(b1), "dense_weight": t(w2),
                           "dense_bias": t(b2), "labels": labels, "logits": t(logits(*args)),
                           "loss": float(loss(*args)), "grads": [t(g) for g in grads]})


def adam():
    """20 Adam steps on L(w) = mean((A·w − b)²) + 0.1·Σ w⁴ (w ∈ R³), written out by hand."""
    A, b, w = u((5, 3)), u((5,)), u((3,))
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    loss = lambda w: jnp.mean((jnp.asarray(A) @ w - b) ** 2) + 0.1 * jnp.sum(w ** 4)
    m, v, wj = np.zeros(3), np.zeros(3), jnp.asarray(w)
    losses, traj = [], []
    for step in range(1, 21):
        losses.append(float(loss(wj)))
        g = np.asarray(jax.grad(loss)(wj))
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        mhat, vhat = m / (1 - b1 ** step), v / (1 - b2 ** step)
        wj = wj - lr * mhat / (np.sqrt(vhat) + eps)
        traj.append(t(wj))
    write("adam.json", {"A": t(A), "b": t(b), "w0": t(w), "learning_rate": lr, "beta1": b1, "beta2": b2,
                        "epsilon": eps, "losses": losses, "trajectory": traj})


def rnn():
    """RNN: h(t) = tanh(W_xh x(t) + W_hh h(t−1) + b_h), y(t) = σ(W_hy h(t) + b_y); L = BCE(y(T), 1)."""
    T, I, H = 6, 2, 3
    xs, wxh, whh, why, bh, by = u((T, 1, I)), u((H, I)), u((H, H)), u((1, H)), u((H,)), u((1,))

    def run(wxh, whh, why, bh, by, eps):
        h = jnp.zeros((1, H))
        hs = []
        for step in range(T):
            h = jnp.tanh(xs[step] @ wxh.T + h @ whh.T + bh) + eps[step]
            hs.append(h)
        y = sigmoid(h @ why.T + by)
        return -jnp.log(y[0, 0]), hs

    eps = jnp.zeros((T, 1, H))
    args = [jnp.asarray(v) for v in (wxh, whh, why, bh, by)]
    loss, hs = run(*args, eps)
    grads = jax.grad(lambda *a: run(*a)[0], argnums=(0, 1, 2, 3, 4, 5))(*args, eps)
    write("rnn.json", {"inputs": t(xs), "inputToHidden": t(wxh), "hiddenToHidden": t(whh),
                       "hiddenToOutput": t(why), "hiddenBias": t(bh), "outputBias": t(by),
                       "loss": float(loss), "hidden": [t(h) for h in hs],
                       "grads": [t(g) for g in grads[:5]], "hiddenGrads": t(grads[5])})


def residual():
    """Jacobian of three residual units x + W₂ tanh(W₁x + b₁) on R⁴ (hidden 6)."""
    units = [(u((6, 4)), u((6,)), u((4, 6))) for _ in range(3)]
    x = u((4,))

    def f(x):
        for w1, b1, w2 in units:
            x = x + w2 @ jnp.tanh(w1 @ x + b1)
        return x

    write("residual.json", {"x": t(x), "units": [{"w1": t(a), "b1": t(b), "w2": t(c)} for a, b, c in units],
                            "output": t(f(jnp.asarray(x))), "jacobian": t(jax.jacrev(f)(jnp.asarray(x)))})


def receptive_fields():
    """Support of ∂(output unit (0,0))/∂(input) through all-ones single-channel convolutions."""
    stacks = [
        [(3, 1, 1), (3, 2, 1)],
        [(3, 1, 1), (3, 1, 1), (3, 1, 1)],
        [(5, 1, 1), (2, 2, 1), (5, 1, 1)],
        [(5, 1, 1), (2, 2, 1), (5, 1, 1), (2, 2, 1)],
        [(3, 1, 2), (3, 2, 3)],
        [(7, 2, 1), (3, 2, 1), (3, 1, 1), (3, 1, 2)],
    ]
    out = []
    for layers in stacks:
        size = 64
        def f(x):
            for k, s, d in layers:
                x = conv(x, jnp.ones((1, 1, k, k)), s, 0, d)
            return x[0, 0, 0, 0]
        g = np.asarray(jax.grad(f)(jnp.ones((1, 1, size, size))))[0, 0]
        rows = np.nonzero(np.any(g != 0, axis=1))[0]
        out.append({"layers": [{"kernel": k, "stride": s, "dilation": d} for k, s, d in layers],
                    "receptive_field": int(rows[-1] - rows[0] + 1)})
    write("receptive_fields.json", {"stacks": out})


def worked_example():
    """The seed exam's 2-2-3 network, logistic hidden units, softmax + cross-entropy, target 0."""
    x = jnp.array([1.0, -2.0])
    w1, b1 = jnp.array([[1.0, 0.25], [-1.0, 1.0]]), jnp.array([0.1, 0.5])
    w2 = jnp.array([[1.0, -1.0], [0.5, 2.0], [-1.0, 1.0]])

    def loss(w1, act):
        return -jax.nn.log_softmax(w2 @ act(w1 @ x + b1))[0]

    write("worked_example.json", {
        "logistic": {"loss": float(loss(w1, sigmoid)), "dW1": t(jax.grad(loss)(w1, sigmoid))},
        "hard_threshold": {"loss": float(loss(w1, lambda z: (z >= 0).astype(jnp.float64))),
                           "dW1": t(jax.grad(loss)(w1, lambda z: lax.stop_gradient((z >= 0).astype(jnp.float64))))},
    })


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    ops()
    conv_pool()
    network()
    adam()
    rnn()
    residual()
    receptive_fields()
    worked_example()
