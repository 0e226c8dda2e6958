import torch
from torch.autograd.functional import jacobian

# y = Ax：A 是 2×3，m = 2 个输出、n = 3 个输入；小整数让结果可以逐位比较
A = torch.tensor([[1.0, 2.0, 0.0], [-1.0, 0.0, 3.0]], dtype=torch.float64)
x = torch.tensor([1.0, 1.0, 2.0], dtype=torch.float64)

# 本章的布局：雅可比矩阵 ∂y/∂x 是 m×n，就是 A 本身
print(torch.equal(jacobian(lambda x: A @ x, x), A))
#> True

# 把每个 y_i 的梯度（与 x 同形，3 个数）排成一列：得到 n×m 的矩阵，就是 Aᵀ
columns = []
for i in range(2):
    xi = x.clone().requires_grad_(True)
    (A @ xi)[i].backward()
    columns.append(xi.grad)
G = torch.stack(columns, dim=1)
print(G)
#> tensor([[ 1., -1.],
#>         [ 2.,  0.],
#>         [ 0.,  3.]], dtype=torch.float64)
print(torch.equal(G, A.T))
#> True

# backward(gradient=w) 求的是 wᵀy 的梯度，与 x 同形：Aᵀw
w = torch.tensor([2.0, -1.0], dtype=torch.float64)
x.requires_grad_(True)
(A @ x).backward(gradient=w)
print(x.grad)
#> tensor([ 3.,  4., -3.], dtype=torch.float64)
print(torch.equal(x.grad, A.T @ w))
#> True
