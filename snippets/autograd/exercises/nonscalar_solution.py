import torch

A = torch.tensor([[1.0, 2.0, 0.0], [0.0, 1.0, -1.0]])


def f(x):
    return A @ (x * x)


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

# 手算的雅可比矩阵：J_ij = 2·A_ij·x_j
J = 2 * A * x.detach()
print(J)
#> tensor([[ 2.,  8.,  0.],
#>         [ 0.,  4., -6.]])
print(torch.equal(J, torch.autograd.functional.jacobian(f, x)))
#> True

# v 全为 1：x.grad 是 J 各列之和，也就是 y.sum() 的梯度
f(x).backward(gradient=torch.ones(2))
print(x.grad)
#> tensor([ 2., 12., -6.])
with_ones = x.grad.clone()
x.grad = None
f(x).sum().backward()
print(torch.equal(x.grad, with_ones))
#> True

# v = (0, 1)：只留下 J 的第二行，即 y 的第二个元素的梯度
x.grad = None
v = torch.tensor([0.0, 1.0])
f(x).backward(gradient=v)
print(x.grad)
#> tensor([ 0.,  4., -6.])
print(torch.equal(x.grad, v @ J))
#> True
