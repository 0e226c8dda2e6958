import torch
from torch.autograd.functional import jacobian
from torch.func import jvp, vjp


# f: R^2 → R^3，雅可比矩阵是 3×2
def f(x):
    return torch.stack([x[0] * x[1], x[0] + x[1], x[1] ** 2])


x = torch.tensor([2.0, 3.0])

# 正向模式：每遍沿一个输入方向，得到一列；n = 2 遍
columns = [jvp(f, (x,), (e,))[1] for e in torch.eye(2)]
print(len(columns))
#> 2

# 反向模式：每遍从一个输出往回传，得到一行；m = 3 遍
_, backward_fn = vjp(f, x)
rows = [backward_fn(e)[0] for e in torch.eye(3)]
print(len(rows))
#> 3

J = jacobian(f, x)
print(J)
#> tensor([[3., 2.],
#>         [1., 1.],
#>         [0., 6.]])
# 各列横着拼、各行竖着拼，都与 jacobian 的结果相同
print(torch.equal(torch.stack(columns, dim=1), J))
#> True
print(torch.equal(torch.stack(rows), J))
#> True
