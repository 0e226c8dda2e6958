import torch
from torch import nn

# 本章的网络和数据，换成 float64
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)).double()
X = torch.randn(5, 4).double()
y = torch.randn(5, 1).double()
N = len(X)
W2 = net[2].weight

# 手算正向传播；让 autograd 保存 ReLU 之前（Z）和之后（H）的梯度
Z = X @ net[0].weight.T + net[0].bias
H = torch.relu(Z)
y_hat = H @ W2.T + net[2].bias
Z.retain_grad()
H.retain_grad()
nn.MSELoss()(y_hat, y).backward()

with torch.no_grad():
    grad_y_hat = 2 * (y_hat - y) / N  # (N, 1)
    grad_H = grad_y_hat @ W2  # (N, 1) @ (1, 8) = (N, 8)
    mask = Z > 0  # ReLU 的导数：Z > 0 处为 1，其余为 0
    grad_Z = grad_H * mask  # 逐元素相乘：(N, 8)

pairs = [(grad_H, H.grad), (grad_Z, Z.grad)]
for by_hand, auto in pairs:
    print(by_hand.shape, torch.allclose(by_hand, auto))
    #> torch.Size([5, 8]) True
    #> torch.Size([5, 8]) True
# 最大绝对误差，保留 12 位小数
print([round((a - b).abs().max().item(), 12) for a, b in pairs])
#> [0.0, 0.0]

# 掩码：每行一个样本，每列一个隐藏单元；1 表示这个单元对这个样本是激活的
print(mask.int())
#> tensor([[0, 0, 0, 0, 1, 1, 1, 0],
#>         [0, 0, 0, 0, 0, 1, 0, 1],
#>         [0, 0, 0, 0, 1, 1, 1, 0],
#>         [0, 0, 0, 0, 0, 1, 1, 0],
#>         [0, 0, 0, 1, 0, 0, 1, 1]], dtype=torch.int32)
# autograd 算出的 Z.grad，在掩码为 0 的位置也全是 0
print(torch.all(Z.grad[~mask] == 0).item())
#> True
