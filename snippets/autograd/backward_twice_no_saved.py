import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

# 求和：反向传播只需要 x 的形状
y = x.sum()
y.backward()
y.backward()
print(x.grad)
#> tensor([2., 2., 2.])

# 先加一个常数再求和：加法的导数是 1，同样不需要保存张量
x.grad = None
y = (x + 1).sum()
y.backward()
y.backward()
print(x.grad)
#> tensor([2., 2., 2.])
