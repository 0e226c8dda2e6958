import torch
from torch import nn

torch.manual_seed(0)
net = nn.Linear(3, 1)
N = 5
X = torch.randn(N, 3)
y = torch.randn(N, 1)
loss_fn = nn.MSELoss()

loss_fn(net(X), y).backward()
big_batch = {name: p.grad.clone() for name, p in net.named_parameters()}

# 每个小批量的平均损失按它的样本数加权：乘 len(xb) / N
net.zero_grad()
for xb, yb in zip(X.split(3), y.split(3), strict=True):
    (loss_fn(net(xb), yb) * len(xb) / N).backward()
for name, p in net.named_parameters():
    print(name, torch.allclose(big_batch[name], p.grad))
    #> weight True
    #> bias True

# 等价的写法：小批量里先求和，最后统一除以总样本数 N
sum_fn = nn.MSELoss(reduction="sum")
net.zero_grad()
for xb, yb in zip(X.split(3), y.split(3), strict=True):
    (sum_fn(net(xb), yb) / N).backward()
for name, p in net.named_parameters():
    print(name, torch.allclose(big_batch[name], p.grad))
    #> weight True
    #> bias True
