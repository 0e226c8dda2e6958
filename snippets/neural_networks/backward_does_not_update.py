import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
X = torch.randn(5, 4)
y = torch.randn(5, 1)

# 记下反向传播之前的参数
before = {name: p.detach().clone() for name, p in net.named_parameters()}

loss = nn.MSELoss()(net(X), y)
loss.backward()

# backward() 只把梯度存进 .grad，参数一个都没变
for name, p in net.named_parameters():
    print(name, torch.equal(before[name], p))
    #> 0.weight True
    #> 0.bias True
    #> 2.weight True
    #> 2.bias True
