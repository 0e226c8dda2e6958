import copy

import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
X = torch.randn(5, 4)
y = torch.randn(5, 1)
loss_fn = nn.MSELoss()
lr = 0.1

# 两份一模一样的网络：一份交给优化器，一份手动更新
manual = copy.deepcopy(net)
optimizer = torch.optim.SGD(net.parameters(), lr=lr)

loss = loss_fn(net(X), y)
loss.backward()
optimizer.step()

loss_fn(manual(X), y).backward()
# 更新参数只是数值计算，不该被记进计算图，所以放在 no_grad 里
with torch.no_grad():
    for p in manual.parameters():
        p -= lr * p.grad

by_hand = dict(manual.named_parameters())
for name, p in net.named_parameters():
    print(name, torch.allclose(p, by_hand[name]))
    #> 0.weight True
    #> 0.bias True
    #> 2.weight True
    #> 2.bias True

# 沿梯度的反方向走了一小步，同一批数据上的损失变小了
with torch.no_grad():
    print(f"{loss.item():.4f} -> {loss_fn(net(X), y).item():.4f}")
    #> 0.3437 -> 0.2923
