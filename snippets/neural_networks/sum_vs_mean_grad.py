import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
N = 5
X = torch.randn(N, 4)
y = torch.randn(N, 1)
per_sample = nn.MSELoss(reduction="none")

per_sample(net(X), y).sum().backward()
grad_sum = {name: p.grad.clone() for name, p in net.named_parameters()}

net.zero_grad()
per_sample(net(X), y).mean().backward()

# 总和是平均的 N 倍，所以梯度也正好差 N 倍
for name, p in net.named_parameters():
    print(name, torch.allclose(grad_sum[name], N * p.grad))
    #> 0.weight True
    #> 0.bias True
    #> 2.weight True
    #> 2.bias True

# nn.MSELoss() 默认就是取平均
print(nn.MSELoss().reduction)
#> mean
