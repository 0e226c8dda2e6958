import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
B = torch.tensor([[0.5, -1.0], [2.0, 1.0]])

# 修法一：先展平成一维，再交给 torch.dot
print(torch.dot(A.reshape(-1), B.reshape(-1)))
#> tensor(8.5000)
# 修法二：这里要的正是逐元素乘积，* 之后把四个乘积加起来
print(A * B)
#> tensor([[ 0.5000, -2.0000],
#>         [ 6.0000,  4.0000]])
print((A * B).sum())
#> tensor(8.5000)

# A 与自己的这种内积是 Frobenius 范数的平方
print(torch.sqrt((A * A).sum()))
#> tensor(5.4772)
print(torch.linalg.matrix_norm(A))
#> tensor(5.4772)
