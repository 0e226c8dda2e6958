import torch
from torch import nn

# 8 个样本，目标是 y = x1 - 2*x2 + 0.5
torch.manual_seed(0)
X = torch.randn(8, 2)
y = X @ torch.tensor([[1.0], [-2.0]]) + 0.5

net = nn.Linear(2, 1)
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
loss_fn = nn.MSELoss()

losses = []
optimizer.zero_grad()
for _ in range(30):
    loss = loss_fn(net(X), y)
    loss.backward()
    optimizer.step()
    losses.append(round(loss.item(), 3))

# 每行 10 步
for i in range(0, 30, 10):
    print(losses[i : i + 10])
    #> [9.338, 4.691, 0.575, 1.541, 6.42, 9.654, 7.554, 2.449, 0.082, 3.157]
    #> [8.294, 9.81, 6.08, 1.346, 0.941, 5.3, 9.473, 8.696, 3.755, 0.124]
    #> [1.836, 6.962, 9.782, 7.193, 2.183, 0.457, 4.018, 8.902, 9.625, 5.335]
