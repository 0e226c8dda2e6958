import torch


# 从 3 维映射到 2 维：y = (x₁x₂, x₂x₃)，代码里下标从 0 开始
def f(x):
    return torch.stack((x[0] * x[1], x[1] * x[2]))


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

# 雅可比矩阵 J：2 行（y 的元素）3 列（x 的元素）
J = torch.autograd.functional.jacobian(f, x)
print(J)
#> tensor([[2., 1., 0.],
#>         [0., 3., 2.]])

v = torch.tensor([1.0, 10.0])
y = f(x)
y.backward(gradient=v)
# backward(gradient=v) 算的是 v 乘 J，结果的形状与 x 相同
print(x.grad)
#> tensor([ 2., 31., 20.])
print(v @ J)
#> tensor([ 2., 31., 20.])
