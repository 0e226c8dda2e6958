import torch
from torch import nn

torch.manual_seed(0)
net = nn.Linear(3, 1)
X = torch.randn(5, 3)
y = torch.randn(5, 1)
loss_fn = nn.MSELoss()

loss_fn(net(X), y).backward()
big_batch = net.bias.grad.clone()

# 5 个样本拆成 2 个小批量；照搬“除以小批量个数”的做法
net.zero_grad()
for xb, yb in zip(X.split(3), y.split(3), strict=True):
    print(len(xb))
    #> 3
    #> 2
    (loss_fn(net(xb), yb) / 2).backward()

print(big_batch, net.bias.grad)
#> tensor([-0.7222]) tensor([-1.1275])
print(torch.allclose(big_batch, net.bias.grad))
#> False
