import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
X = torch.randn(5, 4)
y = torch.randn(5, 1)

loss = nn.MSELoss()(net(X), y)

# 还没有反向传播，参数的 .grad 里什么都没有
print([p.grad is None for p in net.parameters()])
#> [True, True, True, True]

loss.backward()

# 每个参数都得到一个梯度，形状与参数本身相同
for name, p in net.named_parameters():
    print(name, p.grad.shape, p.grad.shape == p.shape)
    #> 0.weight torch.Size([8, 4]) True
    #> 0.bias torch.Size([8]) True
    #> 2.weight torch.Size([1, 8]) True
    #> 2.bias torch.Size([1]) True
