import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
X = torch.randn(5, 4)
y = torch.randn(5, 1)
loss_fn = nn.MSELoss(reduction="none")

# gradient= 给每个输出元素一个权重，backward() 求的是按这些权重加起来的和的梯度
loss_fn(net(X), y).backward(gradient=torch.ones(5, 1))
grads_vjp = {name: p.grad.clone() for name, p in net.named_parameters()}

# 全 1 的权重，与先 sum() 再 backward() 是一回事
net.zero_grad()
loss_fn(net(X), y).sum().backward()
for name, p in net.named_parameters():
    print(name, torch.allclose(grads_vjp[name], p.grad))
    #> 0.weight True
    #> 0.bias True
    #> 2.weight True
    #> 2.bias True
