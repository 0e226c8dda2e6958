import torch

A = torch.arange(6).reshape(2, 3)

# 不连续的张量：contiguous() 按行的顺序复制一份新的
C = A.T.contiguous()
print(C)
#> tensor([[0, 3],
#>         [1, 4],
#>         [2, 5]])
print(C.stride())
#> (2, 1)
print(C.is_contiguous())
#> True
print(C.untyped_storage().data_ptr() == A.untyped_storage().data_ptr())
#> False

# 已经连续的张量：contiguous() 返回它自己，不复制
print(A.contiguous() is A)
#> True
