import itertools

import torch
from torch import nn

# 数值差分要 float64 才够准，所以整道题都用 float64
torch.manual_seed(0)
N = 4
net = nn.Linear(3, 2, dtype=torch.float64)
X = torch.randn(N, 3, dtype=torch.float64)
Y = torch.randn(N, 2, dtype=torch.float64)
loss_fn = nn.MSELoss()

pred = net(X)
loss_fn(pred, Y).backward()

# 手算：MSELoss 对 N*2 个元素取平均，dL/dE = 2E/(2N) = E/N
E = (pred - Y).detach()
grad_W = E.T @ X / N
grad_b = E.sum(dim=0) / N
print(grad_W.shape, grad_b.shape)
#> torch.Size([2, 3]) torch.Size([2])
print(torch.allclose(net.weight.grad, grad_W), torch.allclose(net.bias.grad, grad_b))
#> True True

# 只除以样本数 N、忘了输出有 2 列，结果就大了一倍
print(torch.allclose(net.weight.grad, 2 * E.T @ X / N))
#> False


def central_diff(p, h=1e-6):
    """逐个元素做中心差分：(L(p + h) - L(p - h)) / 2h。"""
    g = torch.zeros_like(p)
    # 只是挪动参数再求值，不需要记进计算图
    with torch.no_grad():
        for idx in itertools.product(*(range(n) for n in p.shape)):
            old = p[idx].item()
            p[idx] = old + h
            up = loss_fn(net(X), Y)
            p[idx] = old - h
            down = loss_fn(net(X), Y)
            p[idx] = old
            g[idx] = (up - down) / (2 * h)
    return g


print(torch.allclose(central_diff(net.weight), grad_W))
#> True
print(torch.allclose(central_diff(net.bias), grad_b))
#> True
