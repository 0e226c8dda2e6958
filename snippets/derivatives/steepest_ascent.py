import torch


def f(x):
    return x[0] ** 2 + 3 * x[1] ** 2


x = torch.tensor([1.0, 1.0], requires_grad=True)
f(x).backward()
print(x.grad)
#> tensor([2., 6.])
print(x.grad.norm())
#> tensor(6.3246)

# 100 个随机单位方向 u；沿 u 走距离 t，f 在 t = 0 处的变化率就是方向导数
torch.manual_seed(0)
u = torch.nn.functional.normalize(torch.randn(100, 2), dim=1)
t = torch.zeros(100, requires_grad=True)
f((x.detach() + t[:, None] * u).T).sum().backward()
print(t.grad.max())
#> tensor(6.3108)
# 变化率最小（下降最快）的方向接近梯度的反方向
print(t.grad.min())
#> tensor(-6.3213)

# 沿梯度方向的变化率：正好是梯度的长度
t0 = torch.tensor(0.0, requires_grad=True)
f(x.detach() + t0 * x.grad / x.grad.norm()).backward()
print(t0.grad)
#> tensor(6.3246)
