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
        losses.append(round(loss.item(), 3))
    return net, losses


# 只改了汇总方式，学习率都是 0.1
print(train("mean", lr=0.1)[1])
#> [4.371, 2.226, 1.174, 0.654, 0.393, 0.258, 0.185, 0.144, 0.118, 0.1]
print(train("sum", lr=0.1)[1])
#> [34.968, 67.804, 137.432, 280.538, 573.287, 1171.731, 2394.944, 4895.134, 10005.391, 20450.475]
