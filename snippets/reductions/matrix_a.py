import torch

# 本章的示例矩阵：0 到 19 排成 5 行 4 列，用浮点类型，后面求均值时要用到
A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
print(A)
#> tensor([[ 0.,  1.,  2.,  3.],
#>         [ 4.,  5.,  6.,  7.],
#>         [ 8.,  9., 10., 11.],
#>         [12., 13., 14., 15.],
#>         [16., 17., 18., 19.]])
print(A.shape)
#> torch.Size([5, 4])
