import torch
from torch import nn

# 本章的网络和数据，换成 float64
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)).double()
X = torch.randn(5, 4).double()
y = torch.randn(5, 1).double()
N = len(X)
W1, b1 = net[0].weight, net[0].bias
W2 = net[2].weight

# 这回直接用 net(X)：autograd 的结果存进参数的 .grad
nn.MSELoss()(net(X), y).backward()

# 手算：从输出误差一路推回第一层
with torch.no_grad():
    Z = X @ W1.T + b1
    y_hat = torch.relu(Z) @ W2.T + net[2].bias
    grad_y_hat = 2 * (y_hat - y) / N  # (N, 1)
    grad_Z = (grad_y_hat @ W2) * (Z > 0)  # 先乘 W2，再乘 ReLU 的掩码：(N, 8)
    grad_W1 = grad_Z.T @ X  # (8, N) @ (N, 4) = (8, 4)
    grad_b1 = grad_Z.sum(dim=0)  # 按样本求和：(8,)

pairs = [(grad_W1, W1.grad), (grad_b1, b1.grad)]
for by_hand, auto in pairs:
    print(by_hand.shape, torch.allclose(by_hand, auto))
    #> torch.Size([8, 4]) True
    #> torch.Size([8]) True
# 最大绝对误差，保留 12 位小数
print([round((a - b).abs().max().item(), 12) for a, b in pairs])
#> [0.0, 0.0]

# 哪些隐藏单元的第一层权重，整行梯度都是 0
print((W1.grad == 0).all(dim=1))
#> tensor([ True,  True,  True, False, False, False, False, False])
