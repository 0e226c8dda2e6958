import torch

x = torch.arange(4.0, requires_grad=True)

# 每次都重新构建计算图，再反向传播
y = 2 * torch.dot(x, x)
y.backward()
print(x.grad)
#> tensor([ 0.,  4.,  8., 12.])

y = 2 * torch.dot(x, x)
y.backward()
# 第二次的梯度 4x 被加到了第一次的结果上：8x
print(x.grad)
#> tensor([ 0.,  8., 16., 24.])
