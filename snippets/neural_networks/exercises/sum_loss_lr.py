from itertools import pairwise

import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(8, 2)
y = X @ torch.tensor([[1.0], [-2.0]]) + 0.5


def train(reduction, lr):
    # 每次都从同一组初始参数开始
    torch.manual_seed(1)
    net = nn.Linear(2, 1)
    optimizer = torch.optim.SGD(net.parameters(), lr=lr)
    loss_fn = nn.MSELoss(reduction=reduction)
    losses = []
    for _ in range(10):
        optimizer.zero_grad()
        loss = loss_fn(net(X), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return net, losses


# 只改了汇总方式，学习率都是 0.1
mean_losses = train("mean", lr=0.1)[1]
sum_losses = train("sum", lr=0.1)[1]
print([round(v, 3) for v in mean_losses])
#> [4.371, 2.226, 1.174, 0.654, 0.393, 0.258, 0.185, 0.144, 0.118, 0.1]
print(round(sum_losses[0], 3))
#> 34.968
# 每一步的损失是上一步的几倍
print([round(b / a, 2) for a, b in pairwise(sum_losses)])
#> [1.94, 2.03, 2.04, 2.04, 2.04, 2.04, 2.04, 2.04, 2.04]
# float32 只有约 7 位有效数字，发散时末位随 CPU 的指令集而变：只看前 4 位
print(f"{sum_losses[-1]:.4g}")
#> 2.045e+04
