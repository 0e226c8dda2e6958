import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

# backward() 把梯度存进 x.grad
(x**3).sum().backward()
print(x.grad)
#> tensor([ 3., 12., 27.])

# autograd.grad 在同一个 x 上再求一次：返回这一次的梯度，x.grad 不变，没有加成两倍
(g,) = torch.autograd.grad((x**3).sum(), x)
print(g)
#> tensor([ 3., 12., 27.])
print(x.grad)
#> tensor([ 3., 12., 27.])
