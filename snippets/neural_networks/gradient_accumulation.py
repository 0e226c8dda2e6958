import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
X = torch.randn(8, 4)
y = torch.randn(8, 1)
loss_fn = nn.MSELoss()

# 一次处理整批 8 个样本
loss_fn(net(X), y).backward()
big_batch = {name: p.grad.clone() for name, p in net.named_parameters()}

# 分成 4 个小批量，每批 2 个样本；中间不清零，让梯度累加
net.zero_grad()
for xb, yb in zip(X.split(2), y.split(2), strict=True):
    # 每个小批量的平均损失除以 4，累加起来才是整批的平均损失
    (loss_fn(net(xb), yb) / 4).backward()

for name, p in net.named_parameters():
    print(name, torch.allclose(big_batch[name], p.grad))
    #> 0.weight True
    #> 0.bias True
    #> 2.weight True
    #> 2.bias True
