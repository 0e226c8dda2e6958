import torch


def f(x):
    return x[0] ** 2 + 3 * x[1] ** 2


x = torch.tensor([1.0, 1.0], requires_grad=True)
f(x).backward()
print(x.grad)
#> tensor([2., 6.])
print(torch.linalg.vector_norm(x.grad))
#> tensor(6.3246)


# 方向导数：沿单位方向 e 走距离 t，f(x + t·e) 在 t = 0 处对 t 的导数
def directional_derivative(e):
    t = torch.tensor(0.0, requires_grad=True)
    f(x.detach() + t * e).backward()
    return t.grad


# 100 个随机单位方向
torch.manual_seed(0)
d = torch.randn(100, 2)
# 每个方向除以自己的长度（dim=1：逐行求 L2 范数），变成单位向量
directions = d / torch.linalg.vector_norm(d, dim=1, keepdim=True)
rates = torch.stack([directional_derivative(e) for e in directions])
print(rates.max())
#> tensor(6.3108)
# 变化率最小（下降最快）的方向接近梯度的反方向
print(rates.min())
#> tensor(-6.3213)

# 沿梯度方向的变化率：正好是梯度的长度
print(directional_derivative(x.grad / torch.linalg.vector_norm(x.grad)))
#> tensor(6.3246)
