import torch

M = torch.tensor([[1, 2], [3, 4]])
identity = torch.eye(2)
print(M.dtype, identity.dtype)
#> torch.int64 torch.float32

# 逐元素运算会提升：result_type 说结果该是 float32
print(torch.result_type(M, identity))
#> torch.float32
print(M * identity)
#> tensor([[1., 0.],
#>         [0., 4.]])

# 矩阵乘法不做提升：两边 dtype 不同就报错
M @ identity
#> RuntimeError: expected m1 and m2 to have the same dtype, but got: long int != float
