import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward()
print(x.grad)
#> tensor([ 0.,  4.,  8., 12.])

# 原地清零：梯度张量本身还在，只是元素全变成 0
x.grad.zero_()
print(x.grad)
#> tensor([0., 0., 0., 0.])

# 清零之后再反向传播，得到的就只是这一次的梯度
y = 2 * torch.dot(x, x)
y.backward()
print(x.grad)
#> tensor([ 0.,  4.,  8., 12.])
