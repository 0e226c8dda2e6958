import torch
from torch import nn

torch.manual_seed(0)
net = nn.Linear(4, 1)
X = torch.randn(5, 4)
y = torch.randn(5, 1)

nn.MSELoss()(net(X), y).backward()
first = net.bias.grad.clone()

# 同样的计算再反向传播一次，不清零：新梯度被加到旧梯度上
nn.MSELoss()(net(X), y).backward()
print(torch.allclose(net.bias.grad, 2 * first))
#> True
