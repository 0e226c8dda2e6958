import torch
from torch.autograd.functional import jacobian
from torch.func import jvp, vjp

calls = 0


def f(x):
    # 计数器：数一数每种模式把 f 算了几遍
    global calls
    calls += 1
    return torch.sin(x)


x = torch.tensor([0.0, 0.5, 1.0, 1.5, 2.0])
ones = torch.ones(5)

# 正向模式只走一遍：方向取全 1，J·1 是每一行的和
calls = 0
_, row_sums = jvp(f, (x,), (ones,))
print("正向", calls, "遍:", row_sums)
#> 正向 1 遍: tensor([ 1.0000,  0.8776,  0.5403,  0.0707, -0.4161])

# 反向模式也只走一遍：1ᵀJ 是每一列的和
calls = 0
_, backward_fn = vjp(f, x)
(column_sums,) = backward_fn(ones)
print("反向", calls, "遍:", column_sums)
#> 反向 1 遍: tensor([ 1.0000,  0.8776,  0.5403,  0.0707, -0.4161])

# 雅可比矩阵是对角阵，每行每列只有一个非零数，所以两种“和”都正好是对角线 cos(x)
J = jacobian(f, x)
print(torch.count_nonzero(J).item())
#> 5
print(torch.allclose(row_sums, torch.diagonal(J)), torch.allclose(column_sums, torch.cos(x)))
#> True True

# cumsum 的雅可比矩阵是下三角的全 1 矩阵，各行的和混在一起，对角线找不回来
J_cumsum = jacobian(lambda x: torch.cumsum(x, dim=0), x)
_, mixed = jvp(lambda x: torch.cumsum(x, dim=0), (x,), (ones,))
print(mixed)
#> tensor([1., 2., 3., 4., 5.])
print(torch.diagonal(J_cumsum))
#> tensor([1., 1., 1., 1., 1.])
