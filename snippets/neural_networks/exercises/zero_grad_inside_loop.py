import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(8, 2)
y = X @ torch.tensor([[1.0], [-2.0]]) + 0.5

net = nn.Linear(2, 1)
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
loss_fn = nn.MSELoss()

losses = []
for _ in range(30):
    # 每一步都清掉上一步的梯度，backward() 之后 .grad 里只有这一步的梯度
    optimizer.zero_grad()
    loss = loss_fn(net(X), y)
    loss.backward()
    optimizer.step()
    losses.append(round(loss.item(), 3))

for i in range(0, 30, 10):
    print(losses[i : i + 10])
    #> [9.338, 4.691, 2.421, 1.305, 0.749, 0.468, 0.32, 0.239, 0.19, 0.159]
    #> [0.137, 0.12, 0.106, 0.094, 0.084, 0.075, 0.067, 0.06, 0.053, 0.048]
    #> [0.043, 0.038, 0.034, 0.031, 0.027, 0.024, 0.022, 0.02, 0.017, 0.016]

# 正在逼近真实的 w = [1, -2]、b = 0.5
print(net.weight.detach(), net.bias.detach())
#> tensor([[ 0.8070, -1.9117]]) tensor([0.5801])
