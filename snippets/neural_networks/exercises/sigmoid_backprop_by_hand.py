import itertools

import torch
from torch import nn

# 本章的网络，只把 ReLU 换成 Sigmoid；float64，中心差分才够准
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.Sigmoid(), nn.Linear(8, 1)).double()
X = torch.randn(5, 4).double()
y = torch.randn(5, 1).double()
N = len(X)
W1, b1 = net[0].weight, net[0].bias
W2, b2 = net[2].weight, net[2].bias
loss_fn = nn.MSELoss()

loss_fn(net(X), y).backward()

# 手算：只有穿过激活函数的那一步变了，掩码换成 sigmoid 的导数 H * (1 - H)
with torch.no_grad():
    H = torch.sigmoid(X @ W1.T + b1)
    y_hat = H @ W2.T + b2
    grad_y_hat = 2 * (y_hat - y) / N  # (N, 1)
    grad_Z = (grad_y_hat @ W2) * H * (1 - H)  # (N, 8)
    grad_W1 = grad_Z.T @ X  # (8, 4)
    grad_b1 = grad_Z.sum(dim=0)  # (8,)

print(torch.allclose(grad_W1, W1.grad), torch.allclose(grad_b1, b1.grad))
#> True True
print(round((grad_W1 - W1.grad).abs().max().item(), 12))
#> 0.0


def central_diff(p, h=1e-6):
    """逐个元素做中心差分：(L(p + h) - L(p - h)) / 2h。"""
    g = torch.zeros_like(p)
    # 只是挪动参数再求值，不需要记进计算图
    with torch.no_grad():
        for idx in itertools.product(*(range(n) for n in p.shape)):
            old = p[idx].item()
            p[idx] = old + h
            up = loss_fn(net(X), y)
            p[idx] = old - h
            down = loss_fn(net(X), y)
            p[idx] = old
            g[idx] = (up - down) / (2 * h)
    return g


print(torch.allclose(central_diff(W1), grad_W1), torch.allclose(central_diff(b1), grad_b1))
#> True True

# sigmoid 的导数处处大于 0，不像 ReLU 的掩码那样把梯度截成 0：没有哪一行整行是 0
print((W1.grad == 0).all(dim=1))
#> tensor([False, False, False, False, False, False, False, False])
