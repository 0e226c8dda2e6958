import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward()
print(x.grad)
#> tensor([ 0.,  4.,  8., 12.])

# 另一种清零：直接把梯度设回 None，下次 backward 会新建梯度张量
x.grad = None
print(x.grad)
#> None

y = 2 * torch.dot(x, x)
y.backward()
print(x.grad)
#> tensor([ 0.,  4.,  8., 12.])
