import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
X = torch.randn(5, 4)
y = torch.randn(5, 1)

pred = net(X)
loss = nn.MSELoss()(pred, y)
loss.backward()

# 链式法则：损失对最后一层偏置的导数 = 每个样本的 2 * (pred - y) 取平均
by_hand = (2 * (pred - y)).mean().detach()
print(f"{net[2].bias.grad.item():.4f} {by_hand.item():.4f}")
#> 0.0751 0.0751
print(torch.allclose(net[2].bias.grad, by_hand))
#> True
