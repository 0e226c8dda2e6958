import torch
from torch import nn

torch.manual_seed(0)
net = nn.Linear(4, 1)
X = torch.randn(5, 4)
y = torch.randn(5, 1)
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)

nn.MSELoss()(net(X), y).backward()
print(net.bias.grad)
#> tensor([-0.4960])

# 默认 set_to_none=True：不是填 0，而是把 .grad 整个设回 None
optimizer.zero_grad()
print(net.bias.grad)
#> None

# 要保留梯度张量、只把数值清成 0，传 set_to_none=False
nn.MSELoss()(net(X), y).backward()
optimizer.zero_grad(set_to_none=False)
print(net.bias.grad)
#> tensor([0.])

# 清零之后再反向传播，得到的只是这一次的梯度，与第一次相同
nn.MSELoss()(net(X), y).backward()
print(net.bias.grad)
#> tensor([-0.4960])
