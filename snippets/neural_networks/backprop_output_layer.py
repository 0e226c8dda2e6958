import torch
from torch import nn

# 本章的网络和数据，换成 float64：手算与 autograd 的运算顺序不同，舍入误差要小到可以忽略
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)).double()
X = torch.randn(5, 4).double()
y = torch.randn(5, 1).double()
N = len(X)
W2, b2 = net[2].weight, net[2].bias

# 手算正向传播，留下中间结果 H；retain_grad() 让 autograd 也保存 y_hat 的梯度
H = torch.relu(X @ net[0].weight.T + net[0].bias)
y_hat = H @ W2.T + b2
y_hat.retain_grad()
nn.MSELoss()(y_hat, y).backward()

# 手算：输出误差，再到最后一层的权重和偏置
with torch.no_grad():
    grad_y_hat = 2 * (y_hat - y) / N  # (N, 1)
    grad_W2 = grad_y_hat.T @ H  # (1, N) @ (N, 8) = (1, 8)
    grad_b2 = grad_y_hat.sum(dim=0)  # 按样本求和：(1,)

pairs = [(grad_y_hat, y_hat.grad), (grad_W2, W2.grad), (grad_b2, b2.grad)]
for by_hand, auto in pairs:
    print(by_hand.shape, torch.allclose(by_hand, auto))
    #> torch.Size([5, 1]) True
    #> torch.Size([1, 8]) True
    #> torch.Size([1]) True
# 最大绝对误差，保留 12 位小数
print([round((a - b).abs().max().item(), 12) for a, b in pairs])
#> [0.0, 0.0, 0.0]
print(f"{grad_b2.item():.4f}")
#> 0.0751
