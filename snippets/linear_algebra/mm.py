import torch

A = torch.tensor([[1, 2, 3], [4, 5, 6]])
B = torch.tensor([[1, 0], [0, 1], [1, 1]])

# (2, 3) 乘 (3, 2)：内侧的 3 对上了，结果是 (2, 2)
C = torch.mm(A, B)
print(C)
#> tensor([[ 4,  5],
#>         [10, 11]])
print(C.shape)
#> torch.Size([2, 2])

# 第 0 行第 1 列 = A 的第 0 行与 B 的第 1 列的内积
print(torch.dot(A[0], B[:, 1]))
#> tensor(5)
