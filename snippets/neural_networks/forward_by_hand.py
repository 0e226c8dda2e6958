import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
X = torch.randn(5, 4)

# nn.Linear 的权重形状是 (输出, 输入)，所以要乘它的转置
W1, b1 = net[0].weight, net[0].bias
W2, b2 = net[2].weight, net[2].bias
H = torch.relu(X @ W1.T + b1)
y_hat = H @ W2.T + b2

print(torch.allclose(net(X), y_hat))
#> True
