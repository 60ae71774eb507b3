#!/usr/bin/env python3
"""Writes the JAX reference fixtures for the DeepLearning engine's tests.

Usage:  pip install jax  &&  python3 Scripts/jax_reference.py [fixture …]
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


def lstm_steps(xs, w, u_, b, h, c):
    """Hidden and cell states of an LSTM (gates i, f, g, o stacked in W, U, b) over xs [T, N, d]."""
    n = u_.shape[1]
    hs, cs = [], []
    for x in xs:
        pre = x @ w.T + h @ u_.T + b
        i, f, g, o = sigmoid(pre[:, :n]), sigmoid(pre[:, n:2 * n]), jnp.tanh(pre[:, 2 * n:3 * n]), sigmoid(pre[:, 3 * n:])
        c = f * c + i * g
        h = o * jnp.tanh(c)
        hs.append(h)
        cs.append(c)
    return jnp.stack(hs), jnp.stack(cs)


def gru_steps(xs, w, u_, b, bh, h):
    """Hidden states of a GRU in PyTorch's convention (gates r, z, n) over xs [T, N, d]."""
    n = u_.shape[1]
    hs = []
    for x in xs:
        a, r_ = x @ w.T + b, h @ u_.T + bh
        r = sigmoid(a[:, :n] + r_[:, :n])
        z = sigmoid(a[:, n:2 * n] + r_[:, n:2 * n])
        cand = jnp.tanh(a[:, 2 * n:] + r * r_[:, 2 * n:])
        h = (1 - z) * cand + z * h
        hs.append(h)
    return jnp.stack(hs)


def attention(q, k, v, allowed):
    scores = q @ k.T / jnp.sqrt(q.shape[1])
    weights = jax.nn.softmax(jnp.where(allowed, scores, -jnp.inf), axis=-1)
    return weights, weights @ v


def multi_head(x, wq, wk, wv, wo, bq, bk, bv, bo, heads, allowed):
    q, k, v = x @ wq.T + bq, x @ wk.T + bk, x @ wv.T + bv
    size = x.shape[1] // heads
    outs = [attention(q[:, h * size:(h + 1) * size], k[:, h * size:(h + 1) * size], v[:, h * size:(h + 1) * size], allowed)[1]
            for h in range(heads)]
    return jnp.concatenate(outs, axis=1) @ wo.T + bo


def normalize(x, axis, gamma, beta, eps):
    mean = jnp.mean(x, axis=axis, keepdims=True)
    var = jnp.mean((x - mean) ** 2, axis=axis, keepdims=True)
    return (x - mean) / jnp.sqrt(var + eps) * gamma + beta


def optimizer_runs():
    """Ten steps of each optimiser on f(w) = ½‖Aw − b‖² + 0.1 Σ w⁴, in PyTorch's update rules."""
    a, b, w0 = u((4, 3)), u((4,)), u((3,))
    f = lambda w: 0.5 * jnp.sum((a @ w - b) ** 2) + 0.1 * jnp.sum(w ** 4)
    grad = jax.grad(f)

    def schedule(step, base, warmup=0, every=None, factor=None, cosine=None, minimum=0.0):
        if step < warmup:
            return base * (step + 1) / warmup
        t_ = step - warmup
        if every:
            return base * factor ** (t_ // every)
        if cosine:
            return minimum + (base - minimum) * 0.5 * (1 + np.cos(np.pi * min(t_, cosine) / cosine))
        return base

    def run(name, update, state, **rate):
        w, ws, losses = jnp.asarray(w0), [], []
        for step in range(10):
            losses.append(float(f(w)))
            w, state = update(w, grad(w), state, schedule(step, **rate), step + 1)
            ws.append(t(w))
        return {"name": name, "rate": rate, "losses": losses, "trajectory": ws}

    def sgd(mu, nesterov=False, wd=0.0):
        def update(w, g, v, lr, _):
            g = g + wd * w
            v = mu * v + g
            return w - lr * (g + mu * v if nesterov else v), v
        return update

    def rmsprop(rho, eps):
        def update(w, g, s, lr, _):
            s = rho * s + (1 - rho) * g * g
            return w - lr * g / (jnp.sqrt(s) + eps), s
        return update

    def adam(wd, decoupled):
        def update(w, g, state, lr, step):
            m, v = state
            if decoupled:
                w = w * (1 - lr * wd)
            else:
                g = g + wd * w
            m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
            return w - lr * (m / (1 - 0.9 ** step)) / (jnp.sqrt(v / (1 - 0.999 ** step)) + 1e-8), (m, v)
        return update

    zero = jnp.zeros(3)
    runs = [
        run("sgd_momentum", sgd(0.9), zero, base=0.05),
        run("sgd_nesterov", sgd(0.9, nesterov=True, wd=0.01), zero, base=0.05),
        run("sgd_step_schedule", sgd(0.5), zero, base=0.1, every=3, factor=0.5),
        run("rmsprop", rmsprop(0.9, 1e-8), zero, base=0.01),
        run("adam_l2", adam(0.1, False), (zero, zero), base=0.05),
        run("adamw_warmup_cosine", adam(0.1, True), (zero, zero), base=0.05, warmup=3, cosine=5, minimum=0.001),
    ]
    return {"A": t(a), "b": t(b), "w0": t(w0), "runs": runs}


def layers():
    """Gated RNNs, attention, normalisation, embeddings, grouped convolutions, losses, optimisers."""
    global rng
    rng = np.random.default_rng(20261201)
    xs, h0, c0 = u((5, 2, 3)), u((2, 4)), u((2, 4))
    valid = np.array([True, True, True, False])
    allowed = np.tril(np.ones((4, 4), dtype=bool)) & valid[None, :]
    ids = [2, 0, 2, 5]
    labels = [1, 0, 3, 4]
    signs = np.array([1.0, -1.0, 1.0, 1.0, -1.0, -1.0])
    x_nll = u((5,))
    p = rng.dirichlet(np.ones(5))
    q = rng.dirichlet(np.ones(5))
    running_mean, running_var = u((3,)), u((3,), 0.5, 2.0)
    batch = u((4, 3), -2, 2)
    mask = (rng.uniform(size=(3, 4)) > 0.4).astype(np.float64)
    # The key bias shifts every score of a row by the same q·b_k, which the softmax ignores: its
    # gradient is 0 up to rounding, so it is a constant here rather than an input compared at 1e-10.
    key_bias = u((6,))
    cases = [
        case("lstm_hidden_5_steps", lambda x, w, v, b, h, c: lstm_steps(x, w, v, b, h, c)[0],
             [xs, u((16, 3)), u((16, 4)), u((16,)), h0, c0]),
        case("lstm_cell_5_steps", lambda x, w, v, b, h, c: lstm_steps(x, w, v, b, h, c)[1],
             [xs, u((16, 3)), u((16, 4)), u((16,)), h0, c0]),
        case("gru_hidden_5_steps", gru_steps, [xs, u((12, 3)), u((12, 4)), u((12,)), u((12,)), h0]),
        case("attention_weights_causal_padding", lambda q_, k, v: attention(q_, k, v, allowed)[0],
             [u((4, 3)), u((4, 3)), u((4, 2))]),
        case("attention_output_causal_padding", lambda q_, k, v: attention(q_, k, v, allowed)[1],
             [u((4, 3)), u((4, 3)), u((4, 2))]),
        case("multi_head_2_heads_causal",
             lambda x, wq, wk, wv, wo, bq, bv, bo: multi_head(x, wq, wk, wv, wo, bq, key_bias, bv, bo, 2, np.tril(np.ones((4, 4), dtype=bool))),
             [u((4, 6))] + [u((6, 6)) for _ in range(4)] + [u((6,)) for _ in range(3)]),
        case("layer_norm", lambda x, g, b: normalize(x, -1, g, b, 1e-5), [u((3, 5)), u((5,)), u((5,))]),
        case("batch_norm_train", lambda x, g, b: normalize(x, 0, g, b, 1e-5), [batch, u((3,)), u((3,))]),
        case("batch_norm_eval", lambda x, g, b: (x - running_mean) / jnp.sqrt(running_var + 1e-5) * g + b,
             [batch, u((3,)), u((3,))]),
        case("embedding", lambda e: e[jnp.array(ids)], [u((6, 3))]),
        case("dropout_mask_0.4", lambda x: x * mask / 0.6, [u((3, 4))]),
        case("label_smoothed_cross_entropy_0.1",
             lambda z: -jnp.mean(jnp.sum((0.9 * np.eye(5)[labels] + 0.1 / 5) * jax.nn.log_softmax(z, axis=-1), axis=-1)),
             [u((4, 5), -3, 3)]),
        case("binary_cross_entropy_logits", lambda z: jnp.mean(jnp.maximum(z, 0) - z * signs.clip(0) + jnp.log1p(jnp.exp(-jnp.abs(z)))),
             [u((6,), -4, 4)]),
        case("hinge", lambda y: jnp.mean(jnp.maximum(0, 1 - signs * y)), [np.array([0.3, 0.2, 1.7, -0.4, -2.0, 0.5])]),
        case("categorical_kl", lambda a, b: jnp.sum(a * jnp.log(a / b)), [p, q]),
        case("gaussian_nll", lambda mu, var: jnp.mean(0.5 * (jnp.log(2 * jnp.pi) + jnp.log(var) + (x_nll - mu) ** 2 / var)),
             [u((5,)), u((5,), 0.5, 2)]),
        case("conv2d_groups_2_stride_2_padding_1_dilation_2",
             lambda x, w: lax.conv_general_dilated(x, w, (2, 2), [(1, 1), (1, 1)], rhs_dilation=(2, 2),
                                                   dimension_numbers=("NCHW", "OIHW", "NCHW"), feature_group_count=2),
             [u((2, 4, 7, 7)), u((6, 2, 3, 3))]),
    ]
    mean = batch.mean(axis=0)
    square = u((4, 4), -2, 2)
    write("layers.json", {
        "square": t(square), "det": float(jnp.linalg.det(square)), "inv": t(jnp.linalg.inv(square)),
        "labels": labels, "ids": ids, "key_bias": t(key_bias), "signs": t(signs), "x_nll": t(x_nll), "mask": t(mask),
        "valid_keys": valid.tolist(), "running_mean": t(running_mean), "running_var": t(running_var),
        "batch_running_mean": t(0.9 * running_mean + 0.1 * mean),
        "batch_running_var": t(0.9 * running_var + 0.1 * batch.var(axis=0, ddof=1)),
        "cases": cases, "optimizers": optimizer_runs(),
    })


def models():
    """Whole `model:` stacks of the spec's new layers on inputs with values: a two-channel image
    through a grouped dilated padded conv, ReLU, max-pool and dense layer; a sequence through an
    LSTM, causal multi-head attention and layer norm; token ids through an embedding and a GRU;
    batches through batch norm (features, and channels of images); dropout with a mask and batch
    norm in eval mode; plain attention with padding. Each: outputs, loss, gradients."""
    global rng
    rng = np.random.default_rng(20261202)
    relu = lambda z: jnp.maximum(z, 0)
    cases = []

    def add(name, params, loss, outputs, wrt):
        """Outputs of every named function of the parameters, and ∂loss/∂(each of `wrt`)."""
        values = {k: jnp.asarray(v) for k, v in params.items()}
        result = {k: t(fn(values)) for k, fn in outputs.items()}
        result["loss"] = t(loss(values))
        grads = jax.grad(loss)(values)
        for k in wrt:
            result["d" + k] = t(grads[k])
        cases.append({"name": name, "params": {k: t(v) for k, v in params.items()}, "outputs": result})

    # [2, 5, 5] → conv 4 filters, groups 2, 2×2, dilation 2, padding 1 → ReLU → max-pool 2 → dense 3 → CE(1).
    def image_logits(p):
        y = lax.conv_general_dilated(p["X"][None], p["K"], (1, 1), [(1, 1), (1, 1)], rhs_dilation=(2, 2),
                                     dimension_numbers=("NCHW", "OIHW", "NCHW"), feature_group_count=2)
        y = relu(y + p["B"][None, :, None, None])
        return max_pool(y, 2, 2, 0).reshape(1, -1) @ p["W"].T + p["b"], y
    add("image_conv_pool_dense",
        {"X": u((2, 5, 5)), "K": u((4, 1, 2, 2)), "B": u((4,), -0.2, 0.2), "W": u((3, 16)), "b": u((3,))},
        lambda p: -jax.nn.log_softmax(image_logits(p)[0][0])[1],
        {"logits": lambda p: image_logits(p)[0][0], "conv": lambda p: image_logits(p)[1][0]},
        ["X", "K", "B", "W"])

    # [5, 3] → LSTM 4 → 2-head causal attention (zero biases) → layer norm → flatten → dense 2 → MSE.
    causal = np.tril(np.ones((5, 5), dtype=bool))
    zero4 = jnp.zeros(4)
    def sequence(p):
        h = lstm_steps(p["X"][:, None, :], p["Wl"], p["Ul"], p["bl"], p["h0"][None], p["c0"][None])[0][:, 0, :]
        a = multi_head(h, p["Wq"], p["Wk"], p["Wv"], p["Wo"], zero4, zero4, zero4, zero4, 2, causal)
        n = normalize(a, -1, p["G"], p["beta"], 1e-5)
        return n.reshape(1, -1) @ p["Wd"].T, h
    target = u((2,))
    add("sequence_lstm_attention_norm",
        {"X": u((5, 3)), "Wl": u((16, 3)), "Ul": u((16, 4)), "bl": u((16,)), "h0": u((4,)), "c0": u((4,)),
         "Wq": u((4, 4)), "Wk": u((4, 4)), "Wv": u((4, 4)), "Wo": u((4, 4)), "G": u((4,), 0.5, 1.5), "beta": u((4,)),
         "Wd": u((2, 20)), "T": target},
        lambda p: jnp.mean((sequence(p)[0][0] - p["T"]) ** 2),
        {"output": lambda p: sequence(p)[0][0], "states": lambda p: sequence(p)[1]},
        ["X", "Wl", "Ul", "h0", "c0", "Wq", "Wk", "G", "Wd"])

    # ids → embedding [6, 3] → GRU 2 (both biases), last state → dense 1 → MSE.
    ids = [2, 0, 2, 5]
    def tokens(p):
        e = p["E"][jnp.array(ids)]
        h = gru_steps(e[:, None, :], p["Wg"], p["Ug"], p["bg"], p["hb"], jnp.zeros((1, 2)))[-1]
        return h @ p["Wd"].T
    add("tokens_embedding_gru",
        {"E": u((6, 3)), "Wg": u((6, 3)), "Ug": u((6, 2)), "bg": u((6,)), "hb": u((6,)), "Wd": u((1, 2)), "T": u((1,))},
        lambda p: jnp.mean((tokens(p)[0] - p["T"]) ** 2),
        {"output": lambda p: tokens(p)[0]},
        ["E", "Wg", "Ug", "hb", "Wd"])

    # A batch [4, 3] → dense 3 → batch norm (training) → dense 2 → MSE over the batch.
    def batch(p):
        z = normalize(p["X"] @ p["W1"].T + p["b1"], 0, p["G"], p["beta"], 1e-5)
        return z @ p["W2"].T
    add("batch_dense_batch_norm",
        {"X": u((4, 3), -2, 2), "W1": u((3, 3)), "b1": u((3,)), "G": u((3,), 0.5, 1.5), "beta": u((3,)), "W2": u((2, 3)),
         "T": u((4, 2))},
        lambda p: jnp.mean((batch(p) - p["T"]) ** 2),
        {"output": batch},
        ["X", "W1", "G", "W2"])

    # Images [2, 2, 3, 3] → conv 3 filters 2×2 without bias → batch norm per channel → flatten → dense 2 → MSE.
    def images(p):
        y = lax.conv_general_dilated(p["X"], p["K"], (1, 1), [(0, 0), (0, 0)], dimension_numbers=("NCHW", "OIHW", "NCHW"))
        z = normalize(y, (0, 2, 3), p["G"][None, :, None, None], p["beta"][None, :, None, None], 1e-5)
        return z.reshape(2, -1) @ p["Wd"].T
    add("images_conv_batch_norm",
        {"X": u((2, 2, 3, 3)), "K": u((3, 2, 2, 2)), "G": u((3,), 0.5, 1.5), "beta": u((3,)), "Wd": u((2, 12)), "T": u((2, 2))},
        lambda p: jnp.mean((images(p) - p["T"]) ** 2),
        {"output": images},
        ["X", "K", "G", "Wd"])

    # [6] → dropout 0.5 with a mask → batch norm in eval mode → dense 2 → MSE.
    mask = np.array([1.0, 0, 1, 1, 0, 1])
    rm, rv = u((6,)), u((6,), 0.5, 2)
    def dropped(p):
        z = (p["x"] * mask / 0.5 - p["rm"]) / jnp.sqrt(p["rv"] + 1e-5) * p["G"] + p["beta"]
        return z @ p["Wd"].T
    add("dropout_batch_norm_eval",
        {"x": u((6,)), "mask": mask, "rm": rm, "rv": rv, "G": u((6,), 0.5, 1.5), "beta": u((6,)), "Wd": u((2, 6)), "T": u((2,))},
        lambda p: jnp.mean((dropped(p) - p["T"]) ** 2),
        {"output": dropped},
        ["x", "G", "Wd"])

    # [4, 2] → attention on itself, causal and the last position padded → flatten → dense 1 → MSE.
    allowed = np.tril(np.ones((4, 4), dtype=bool)) & np.array([True, True, True, False])[None, :]
    def attended(p):
        return attention(p["X"], p["X"], p["X"], allowed)[1].reshape(1, -1) @ p["Wd"].T
    add("attention_causal_padding",
        {"X": u((4, 2)), "Wd": u((1, 8)), "T": u((1,))},
        lambda p: jnp.mean((attended(p)[0] - p["T"]) ** 2),
        {"output": lambda p: attended(p)[0]},
        ["X", "Wd"])

    write("models.json", {"cases": cases})


GENERATORS = {"ops": ops, "conv_pool": conv_pool, "network": network, "adam": adam, "rnn": rnn, "residual": residual,
              "receptive_fields": receptive_fields, "worked_example": worked_example, "layers": layers, "models": models}

if __name__ == "__main__":
    # `python3 Scripts/jax_reference.py layers` writes only layers.json; no argument writes all, in
    # this order (the earlier fixtures share one seeded generator, so their order matters).
    os.makedirs(OUT, exist_ok=True)
    import sys
    for name in sys.argv[1:] or GENERATORS:
        GENERATORS[name]()
