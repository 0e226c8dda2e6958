import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
X = torch.randn(5, 4)
y = torch.randn(5, 1)

loss = nn.MSELoss()(net(X), y)

# 损失是零维张量：形状是空的 torch.Size([])，不是 torch.Size([1])
print(loss.shape)
#> torch.Size([])
print(loss.dim(), loss.numel())
#> 0 1
