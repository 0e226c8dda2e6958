import torch

A = torch.tensor([[2.0, -1.0, 0.0], [1.0, 3.0, 4.0]])
x = torch.tensor([3.0, 1.0, -2.0])

# 按行：第 i 个元素是第 i 行与 x 逐元素相乘再求和
by_rows = torch.tensor([torch.sum(A[0] * x), torch.sum(A[1] * x)])
print(by_rows)
#> tensor([ 5., -2.])

# 按列：x 的每个分量给 A 的对应列加权，再把三列加起来
by_columns = x[0] * A[:, 0] + x[1] * A[:, 1] + x[2] * A[:, 2]
print(by_columns)
#> tensor([ 5., -2.])

# 广播一步到位：(2, 3) * (3,) 把第 j 列乘以 x[j]，再沿 axis=1 求和
print((A * x).sum(axis=1))
#> tensor([ 5., -2.])

print(A @ x)
#> tensor([ 5., -2.])
print(torch.equal(by_columns, A @ x))
#> True
