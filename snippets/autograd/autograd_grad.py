import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x**3).sum()

# 返回一个元组，每个输入一个梯度：这里是 3x²
grads = torch.autograd.grad(y, x)
print(grads)
#> (tensor([ 3., 12., 27.]),)
# 梯度交给了调用者，没有写进 x.grad
print(x.grad)
#> None
