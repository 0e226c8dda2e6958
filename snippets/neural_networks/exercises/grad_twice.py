import torch
from torch import nn

# nn.Linear 初始化时会用到随机数，先固定种子；随后换成题目给定的参数
torch.manual_seed(0)
net = nn.Linear(2, 1)
# 改写参数本身不该记进计算图，所以放在 no_grad 里
with torch.no_grad():
    net.weight.copy_(torch.tensor([[1.0, -1.0]]))
    net.bias.fill_(0.5)
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)

x = torch.tensor([[2.0, 1.0]])
y = torch.tensor([[0.0]])

# 同样的计算反向传播两次，中间不清零
for _ in range(2):
    nn.MSELoss()(net(x), y).backward()
print(net.weight.grad, net.bias.grad)
#> tensor([[12.,  6.]]) tensor([6.])

# backward() 只写 .grad，参数还是原来的值
print(net.weight.detach(), net.bias.detach())
#> tensor([[ 1., -1.]]) tensor([0.5000])

# step() 用的是累加后的梯度：1 - 0.1*12，-1 - 0.1*6，0.5 - 0.1*6
optimizer.step()
print(net.weight.detach(), net.bias.detach())
#> tensor([[-0.2000, -1.6000]]) tensor([-0.1000])
