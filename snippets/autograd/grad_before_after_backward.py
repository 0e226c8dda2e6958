import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
print(y)
#> tensor(28., grad_fn=<MulBackward0>)

# 还没有反向传播，梯度是 None
print(x.grad)
#> None

y.backward()
print(x.grad)
#> tensor([ 0.,  4.,  8., 12.])
# y = 2 * x·x，对 x 的梯度是 4x，形状与 x 相同
print(x.grad == 4 * x)
#> tensor([True, True, True, True])
print(x.grad.shape)
#> torch.Size([4])
