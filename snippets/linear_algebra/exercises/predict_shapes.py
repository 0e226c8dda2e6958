import torch

A = torch.ones(2, 3)
B = torch.ones(3, 4)
v = torch.ones(3)
w = torch.ones(2)

# mv：(2, 3) 乘 (3,)，每行与 v 做一次内积，得到一维向量
print(torch.mv(A, v).shape)
#> torch.Size([2])
# mm：(2, 3) 乘 (3, 4)，内侧的 3 消掉
print(torch.mm(A, B).shape)
#> torch.Size([2, 4])
# @ 对矩阵和向量与 mv 相同，结果不是 2×1 矩阵
print((A @ v).shape)
#> torch.Size([2])
# 外积：长度 2 和长度 3，得到 2 行 3 列
print(torch.outer(w, v).shape)
#> torch.Size([2, 3])
# 内积：两个向量变成一个数，零维
print(torch.dot(v, v).shape)
#> torch.Size([])
# 交换顺序：B 的列数 4 与 A 的行数 2 对不上
print(torch.mm(B, A).shape)
#> RuntimeError: mat1 and mat2 shapes cannot be multiplied (3x4 and 2x3)
