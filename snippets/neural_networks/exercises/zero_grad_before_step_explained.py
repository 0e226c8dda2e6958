import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(8, 2)
y = X @ torch.tensor([[1.0], [-2.0]]) + 0.5

net = nn.Linear(2, 1)
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
loss_fn = nn.MSELoss()
before = net.weight.detach().clone()

# 原来的顺序：backward() 算出的梯度，还没被 step() 用上就被清掉了
loss_fn(net(X), y).backward()
optimizer.zero_grad()
print(net.weight.grad)
#> None
optimizer.step()
# .grad 是 None 的参数，SGD 直接跳过
print(torch.equal(before, net.weight))
#> True

# 换成填 0 也一样：沿全 0 的梯度走一步，等于原地不动
loss_fn(net(X), y).backward()
optimizer.zero_grad(set_to_none=False)
print(net.weight.grad)
#> tensor([[0., 0.]])
optimizer.step()
print(torch.equal(before, net.weight))
#> True

# 改正：清零放在 backward() 之前，step() 用的是刚算出的梯度
for step in range(5):
    optimizer.zero_grad()
    loss = loss_fn(net(X), y)
    loss.backward()
    optimizer.step()
    print(f"{step}: loss {loss.item():.4f}")
    #> 0: loss 9.3378
    #> 1: loss 4.6914
    #> 2: loss 2.4211
    #> 3: loss 1.3047
    #> 4: loss 0.7494
