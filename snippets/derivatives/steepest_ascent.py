import torch


def f(x):
    return x[0] ** 2 + 3 * x[1] ** 2


x = torch.tensor([1.0, 1.0], requires_grad=True)
f(x).backward()
print(x.grad)
#> tensor([2., 6.])
print(x.grad.norm())
#> tensor(6.3246)


# 方向导数：沿单位方向 u 走距离 t，f(x + t·u) 在 t = 0 处对 t 的导数
def directional_derivative(u):
    t = torch.tensor(0.0, requires_grad=True)
    f(x.detach() + t * u).backward()
    return t.grad


# 100 个随机单位方向
torch.manual_seed(0)
directions = torch.nn.functional.normalize(torch.randn(100, 2), dim=1)
rates = torch.stack([directional_derivative(u) for u in directions])
print(rates.max())
#> tensor(6.3108)
# 变化率最小（下降最快）的方向接近梯度的反方向
print(rates.min())
#> tensor(-6.3213)

# 沿梯度方向的变化率：正好是梯度的长度
print(directional_derivative(x.grad / x.grad.norm()))
#> tensor(6.3246)
