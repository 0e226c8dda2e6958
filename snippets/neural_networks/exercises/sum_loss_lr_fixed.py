import torch
from torch import nn

torch.manual_seed(0)
N = 8
X = torch.randn(N, 2)
y = X @ torch.tensor([[1.0], [-2.0]]) + 0.5


def train(reduction, lr):
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


net_mean, losses_mean = train("mean", lr=0.1)
# sum 的梯度是 mean 的 N 倍，学习率缩小 N 倍，每一步就完全一样
net_sum, losses_sum = train("sum", lr=0.1 / N)

print(torch.allclose(net_mean.weight, net_sum.weight))
#> True
print(torch.allclose(net_mean.bias, net_sum.bias))
#> True
# 损失本身仍差 N 倍：除以 N 之后与 mean 的损失一致
print([round(v, 3) for v in losses_mean])
#> [4.371, 2.226, 1.174, 0.654, 0.393, 0.258, 0.185, 0.144, 0.118, 0.1]
print([round(v / N, 3) for v in losses_sum])
#> [4.371, 2.226, 1.174, 0.654, 0.393, 0.258, 0.185, 0.144, 0.118, 0.1]
