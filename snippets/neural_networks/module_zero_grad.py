import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
X = torch.randn(5, 4)
y = torch.randn(5, 1)

nn.MSELoss()(net(X), y).backward()

# 没有优化器时，也可以让模型自己清零它所有参数的梯度
net.zero_grad()
print([p.grad is None for p in net.parameters()])
#> [True, True, True, True]
