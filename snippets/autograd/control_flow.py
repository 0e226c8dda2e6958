import torch


def f(a):
    b = a * 2
    # 循环几次取决于 a 的值
    while torch.linalg.vector_norm(b) < 1000:
        b = b * 2
    # 走哪个分支也取决于 a 的值
    if b.sum() > 0:
        return b
    else:
        return 100 * b


torch.manual_seed(0)
a = torch.randn(size=(), requires_grad=True)
d = f(a)
d.backward()
print(a)
#> tensor(1.5410, requires_grad=True)
print(d)
#> tensor(1577.9800, grad_fn=<MulBackward0>)
# 对这个 a，f(a) = k * a，k 是常数，所以梯度就是 d / a
print(a.grad)
#> tensor(1024.)
print(a.grad == d / a)
#> tensor(True)
