import torch

x = torch.arange(4.0, requires_grad=True)
optimizer = torch.optim.SGD([x], lr=0.1)

y = 2 * torch.dot(x, x)
y.backward()
print(x.grad)
#> tensor([ 0.,  4.,  8., 12.])

# 优化器的 zero_grad() 默认不是写 0，而是把梯度设回 None
optimizer.zero_grad()
print(x.grad)
#> None
